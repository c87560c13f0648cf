/** cXML for procurement networks: {@code POST /api/v1/cxml} takes an OrderRequest and answers a cXML Response. */
package com.halowill.partnerhub.api.cxml;
