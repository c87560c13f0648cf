package com.halowill.partnerhub.app.stack;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestStack} for every {@code @QuarkusTest}, so Quarkus and the stack boot once per run. */
@QuarkusTestResource(TestStack.class)
public class TestStackRegistration {
}
