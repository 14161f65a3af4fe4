package com.marketingplanner.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot configuration for slice tests of the domain module. */
@SpringBootApplication
public class DomainTestApplication {

}
