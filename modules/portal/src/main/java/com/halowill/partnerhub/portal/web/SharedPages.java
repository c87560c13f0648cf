package com.halowill.partnerhub.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages every page family shares, from {@code templates/shared} (with the layout and the navigation bars). */
public final class SharedPages {

    private SharedPages() {
    }

    @CheckedTemplate(basePath = "shared")
    public static class Templates {
        public static native TemplateInstance notFound(PortalUser user, String what);
    }
}
