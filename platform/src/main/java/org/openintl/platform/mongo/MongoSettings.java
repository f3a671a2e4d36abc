package org.openintl.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.bson.UuidRepresentation;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.record.RecordCodecProvider;

/** The client settings every service uses: standard UUIDs and codecs for records. */
public final class MongoSettings {

    private MongoSettings() {}

    public static MongoClientSettings.Builder apply(MongoClientSettings.Builder settings) {
        return settings.uuidRepresentation(UuidRepresentation.STANDARD)
                .codecRegistry(CodecRegistries.fromRegistries(
                        MongoClientSettings.getDefaultCodecRegistry(),
                        CodecRegistries.fromProviders(new RecordCodecProvider())));
    }

    /** Settings for a client outside Spring (tools, benchmarks). */
    public static MongoClientSettings configure(String uri) {
        return apply(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)))
                .build();
    }
}
