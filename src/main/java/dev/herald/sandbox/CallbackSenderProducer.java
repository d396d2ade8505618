package dev.herald.sandbox;

import java.net.URI;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.LaunchMode;

/**
 * Replaces the no-op {@link SendListener} of {@link SandboxProducer} with the emulator's status callbacks when
 * {@code herald.sandbox.callbacks.enabled=true}.
 */
@Singleton
class CallbackSenderProducer {

    @Produces
    @Singleton
    SendListener sendListener(SandboxConfig config, ObjectMapper mapper) {
        SandboxConfig.Callbacks callbacks = config.callbacks();
        if (!callbacks.enabled()) {
            return SendListener.none();
        }
        URI url = URI.create(callbacks.url().orElseGet(() -> "http://localhost:" + httpPort() + "/callbacks/whatsapp"));
        return new CallbackSender(url, callbacks.token().orElse(""), callbacks.timeScale(), callbacks.failNumbers(),
                mapper);
    }

    void close(@Disposes SendListener listener) {
        if (listener instanceof CallbackSender sender) {
            sender.close();
        }
    }

    private static int httpPort() {
        boolean test = LaunchMode.current() == LaunchMode.TEST;
        return ConfigProvider.getConfig()
                .getOptionalValue(test ? "quarkus.http.test-port" : "quarkus.http.port", Integer.class)
                .orElse(test ? 8081 : 8080);
    }
}
