package cn.gov.jiangmen.subsidy.policy;

/** Where an enterprise is registered. Who funds it is a dated policy setting, not a property of the place. */
public enum District {
	PENGJIANG("蓬江区"),
	JIANGHAI("江海区"),
	XINHUI("新会区"),
	TAISHAN("台山市"),
	KAIPING("开平市"),
	HESHAN("鹤山市"),
	ENPING("恩平市");

	private final String label;

	District(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
