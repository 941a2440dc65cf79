/** What the unit administrator's forms get back from their server actions when a post is not accepted. */
export interface OfficerFormState {
  message: string;
  fieldErrors: Record<string, string>;
  values: { fullName: string; email: string; roles: string[]; divisionId: string };
}

export interface HolidayFormState {
  fieldErrors: Record<string, string>;
  values: { day: string; name: string };
}

export interface ServiceFormState {
  message: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}
