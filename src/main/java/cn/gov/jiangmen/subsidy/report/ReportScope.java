package cn.gov.jiangmen.subsidy.report;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/**
 * Whose figures a signed-in officer may read in lists and statistics (CONTRACT): the city bureaus
 * and the admin every district, a district bureau its own. Taken from the user's groups, never
 * from a request parameter; anyone else (an enterprise) is refused.
 */
public record ReportScope(boolean all, List<String> districts) {

	public static ReportScope of(CurrentUser user) {
		if (user.isAdmin() || user.isCityCommerce() || user.isCityFinance()) {
			return new ReportScope(true, Arrays.stream(District.values()).map(District::name).toList());
		}
		List<String> own = Arrays.stream(District.values()).map(District::name).filter(user::worksFor).toList();
		if (own.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "统计和清单仅供商务、财政部门查看");
		}
		return new ReportScope(false, own);
	}

	public boolean covers(String district) {
		return districts.contains(district);
	}

	/** How a page names the scope: 全市 or the district's name. */
	public String label() {
		return all ? "全市" : String.join("、", districts.stream().map(d -> District.valueOf(d).label()).toList());
	}

}
