package com.halowill.partnerhub.notifications.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why a delivery could not be sent, as the partner sees it: a class of failure, never the remote side's text or
 * the exception's (which go to the log), so the deliveries page cannot be used to probe a network.
 */
final class SendFailure {

    private SendFailure() {
    }

    static String of(Exception e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "host not found";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (e instanceof IllegalArgumentException) {
            return "URL not usable";
        }
        return "connection failed";
    }
}
