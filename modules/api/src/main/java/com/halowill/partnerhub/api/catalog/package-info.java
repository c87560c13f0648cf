/** The catalog with the caller's prices. */
package com.halowill.partnerhub.api.catalog;
