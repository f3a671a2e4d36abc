package org.openintl.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openintl.console.api.GatewayApi;
import org.springframework.ui.Model;

/**
 * What every list page does: passes the filters it offers (and nothing else the address bar carries) and the page
 * to the API, 25 rows a page, and gives the template the filters as typed, the pager's link and the API's page.
 */
public final class ListPage {

    static final int SIZE = 25;

    private ListPage() {}

    public static void load(GatewayApi api, String path, List<String> filters, Map<String, String> query, Model model) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        filters.forEach(f -> parameters.put(f, query.get(f)));
        parameters.put("page", query.getOrDefault("page", "0"));
        parameters.put("size", SIZE);
        model.addAttribute("filter", query);
        model.addAttribute("pageLink", Forms.pageLink(query));
        model.addAttribute("result", api.get(path, parameters).body());
    }
}
