/** X12 EDI: the 850 in with its 997, the 855 and 856 out, validated against the project's own schemas. */
package com.halowill.partnerhub.api.edi;
