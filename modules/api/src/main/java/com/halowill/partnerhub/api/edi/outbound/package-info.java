/** X12 out: the 855 purchase order acknowledgment and the 856 ship notice, written from orders and shipments. */
package com.halowill.partnerhub.api.edi.outbound;
