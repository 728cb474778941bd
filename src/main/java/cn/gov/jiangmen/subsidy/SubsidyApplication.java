package cn.gov.jiangmen.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SubsidyApplication {

	public static void main(String[] args) {
		SpringApplication.run(SubsidyApplication.class, args);
	}

}
