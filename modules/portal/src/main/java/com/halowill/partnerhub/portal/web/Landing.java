package com.halowill.partnerhub.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public front page: where partners and HaloWill staff sign in, and where the API is described. */
@PermitAll
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Landing {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();
    }

    @GET
    public TemplateInstance landing() {
        return Templates.landing();
    }
}
