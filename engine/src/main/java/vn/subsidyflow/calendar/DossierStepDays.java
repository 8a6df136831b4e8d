package vn.subsidyflow.calendar;

import java.util.OptionalInt;
import vn.subsidyflow.workflow.Step;

/**
 * The working days a step of one dossier may take under the policy version it is pinned to. Defined
 * here and implemented where dossiers and versions are known, so that the calendar needs neither.
 */
public interface DossierStepDays {

    /** Empty when the dossier is unknown: the settings apply. */
    OptionalInt days(long applicationId, Step step);
}
