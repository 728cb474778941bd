package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and passwords without the engine's lockout. The engine locks a user for 3 s
 * doubling to 60 s after a wrong password, and for good after ten, so that anyone who knows a user
 * id can keep that user out; the app's sign-in throttle (package signin) slows down failures per
 * address and per account instead, with waits that expire. Even a lock of zero seconds is stamped
 * with the engine's clock, which the procedure's tests move, so the lock is not kept at all.
 */
public class NoEngineLockout extends DbIdentityServiceProvider {

	@Override
	protected boolean isUserLocked(UserEntity user) {
		return false;
	}

	@Override
	protected void lockUser(UserEntity user) {
		// no lock: see the class comment
	}

}
