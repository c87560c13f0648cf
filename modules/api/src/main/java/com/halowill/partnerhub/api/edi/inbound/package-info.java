/** X12 in: an interchange read and validated, its 850s mapped to purchase orders through intake, its 997 written. */
package com.halowill.partnerhub.api.edi.inbound;
