package com.halowill.partnerhub.api.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads at most {@code partnerhub.api.max-body-bytes} of a request body, however it is framed (chunked, HTTP/2
 * without a length): one byte more ends the call with a 413 problem. A declared length over the limit is
 * refused before anything is read (see the app's BodySizeLimit).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "partnerhub.api.max-body-bytes")
    long maxBytes;

    /** The body outgrew the limit while it was read. */
    public static final class TooLarge extends RuntimeException {
        final long limit;

        TooLarge(long limit) {
            super("The request body is larger than the limit of " + limit + " bytes.", null, false, false);
            this.limit = limit;
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
