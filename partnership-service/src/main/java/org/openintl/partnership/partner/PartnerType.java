package org.openintl.partnership.partner;

/** What kind of institution a partner is. */
public enum PartnerType {
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    COMPANY,
    GOVERNMENT,
    OTHER
}
