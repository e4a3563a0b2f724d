// Words shared by the forms (section `forms`).
export const forms = {
  /** Joins the last two options in "choose A or B". */
  or: "or",
  /** Read by screen readers before a field's error message. */
  errorPrefix: "Error: ",
};
