package vn.subsidyflow.process;

import org.flowable.engine.delegate.DelegateExecution;

/** The variables the BPMN and the delegates share. Kept few: the dossier lives in our tables. */
final class ProcessVariables {

    static final String APPLICATION_ID = "applicationId";
    static final String CATEGORY = "category";
    static final String APPLICANT_GROUP = "applicantGroup";
    static final String BUDGET_COMMITTED = "budgetCommitted";

    private ProcessVariables() {
    }

    static long applicationId(DelegateExecution execution) {
        Object value = execution.getVariable(APPLICATION_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " has no applicationId");
    }
}
