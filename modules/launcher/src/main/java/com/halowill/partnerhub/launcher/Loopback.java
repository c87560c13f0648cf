package com.halowill.partnerhub.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;

/**
 * Everything here talks over 127.0.0.1. In a fresh network namespace (for example {@code unshare -n})
 * the loopback interface starts down; bring it up when we may, or say plainly what is wrong.
 */
public final class Loopback {

    private Loopback() {
    }

    public static void ensureUp() throws IOException, InterruptedException {
        if (up()) {
            return;
        }
        System.out.println("[partner-hub] The loopback interface is down (an isolated network namespace?): "
                + "running 'ip link set lo up'");
        Process ip = new ProcessBuilder("ip", "link", "set", "lo", "up").inheritIO().start();
        if (ip.waitFor() != 0 || !up()) {
            throw new IllegalStateException("127.0.0.1 is unreachable and the loopback interface could not be "
                    + "brought up; run 'ip link set lo up' (as root) and try again");
        }
    }

    private static boolean up() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 9), 300);
            return true;
        } catch (NoRouteToHostException e) {
            return false;
        } catch (SocketException e) {
            return !String.valueOf(e.getMessage()).contains("unreachable");
        } catch (IOException e) {
            return true;
        }
    }
}
