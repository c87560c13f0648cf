package com.halowill.partnerhub.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages every page family shares, from {@code templates/shared} (with the layout and the navigation bars). */
final class SharedPages {

    private SharedPages() {
    }

    @CheckedTemplate(basePath = "shared")
    static class Templates {
        static native TemplateInstance notFound(PortalUser user, String what);
    }
}
