package cn.gov.jiangmen.subsidy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full test that works the procedure: {@link AppTest}'s one shared context, and {@link FreshProcedure}
 * empties the procedure and the ledger before each test (or, with {@code once = true}, before the first
 * test of the class only, for a class that builds one world and tries many things on it) and resets the
 * engine's clock after each. Inject {@link ProcedureDriver} and {@link TestEnterprises} with
 * {@code @Autowired}. Tests that must not touch the procedure (sign-in, sessions, dated terms) keep
 * plain {@link AppTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@ExtendWith(FreshProcedure.class)
public @interface ProcedureTest {

	/** Empty the procedure before the first test of the class only, not before each. */
	boolean once() default false;

}
