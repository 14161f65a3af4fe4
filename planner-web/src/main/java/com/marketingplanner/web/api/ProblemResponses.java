package com.marketingplanner.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the RFC 9457 problem responses of every operation of a REST controller in the
 * OpenAPI document ({@link ProblemResponsesCustomizer}): 400 invalid input (naming the
 * field or parameter), 401 not signed in, 403 role does not allow it, 404 no such
 * resource, and 409 stale version for edits and deletes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemResponses {

}
