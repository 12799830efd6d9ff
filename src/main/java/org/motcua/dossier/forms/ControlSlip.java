package org.motcua.dossier.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-off of the dossier.
 *
 * @param issuer the agency printing the slip
 * @param dossier the dossier, received
 * @param handOffs the hand-offs in order
 */
public record ControlSlip(Issuer issuer, DossierFacts dossier, List<HandOff> handOffs) implements DossierForm {

	public ControlSlip {
		handOffs = List.copyOf(handOffs);
	}

	@Override
	public FormKind kind() {
		return FormKind.CONTROL_SLIP;
	}

	/**
	 * One hand-off: the sender finished their step and passed the dossier on.
	 *
	 * @param from the sender
	 * @param to the receiver
	 * @param at when it was handed on
	 * @param stepDueAt the sender's step due instant, or {@code null}
	 * @param outcome the sender's step against its due instant, or {@code null}
	 * @param note a remark, or {@code null}
	 */
	public record HandOff(Party from, Party to, Instant at, Instant stepDueAt, Outcome outcome, String note) {

		public HandOff {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * A unit and a person in it.
	 *
	 * @param unit the department or agency
	 * @param person the officer, or {@code null} for the unit as a whole
	 */
	public record Party(String unit, String person) {

		public Party {
			Objects.requireNonNull(unit, "unit");
		}

	}

	/** How a step finished against its due instant. */
	public enum Outcome {

		EARLY("Trước hạn"), ON_TIME("Đúng hạn"), LATE("Quá hạn");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		/** The Vietnamese label printed. */
		public String label() {
			return this.label;
		}

	}

}
