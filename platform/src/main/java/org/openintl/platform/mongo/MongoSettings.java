package org.openintl.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.record.RecordCodecProvider;

/** The client settings every service uses: standard UUIDs and codecs for records. */
public final class MongoSettings {

    private MongoSettings() {}

    public static MongoClientSettings.Builder apply(MongoClientSettings.Builder settings) {
        return settings.uuidRepresentation(UuidRepresentation.STANDARD)
                // an unreachable database must answer a request (503) well within the gateway's 5 s, not after the
                // driver's default 30 s; a URI that sets these options still wins where Boot applies it later
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS))
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
