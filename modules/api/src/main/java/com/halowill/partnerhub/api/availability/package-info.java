/** Non-binding quotes from the promise engine. */
package com.halowill.partnerhub.api.availability;
