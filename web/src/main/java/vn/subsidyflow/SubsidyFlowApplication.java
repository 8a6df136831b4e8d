package vn.subsidyflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SubsidyFlow: the workflow engine for provincial science-and-technology support policies. */
@SpringBootApplication
@EnableScheduling
public class SubsidyFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubsidyFlowApplication.class, args);
    }
}
