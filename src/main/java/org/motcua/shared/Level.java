package org.motcua.shared;

/**
 * Administrative levels. The district level was abolished on 2025-07-01 (Resolution
 * 202/2025/QH15); old data keeps it.
 */
public enum Level {

	PROVINCE, DISTRICT, COMMUNE

}
