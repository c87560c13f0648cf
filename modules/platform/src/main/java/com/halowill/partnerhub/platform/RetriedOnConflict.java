package com.halowill.partnerhub.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction this call starts runs again, whole, when PostgreSQL ends it for a deadlock or a serialization failure
 * (at most three times more); a call inside someone else's transaction leaves that to its owner.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {
}
