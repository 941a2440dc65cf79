/** The person the dossier is about; `onBehalfOf` is set when someone applies for them (ủy quyền). */
export interface ApplicantDetails {
  fullName: string;
  idNumber: string;
  dateOfBirth?: string;
  phone: string;
  email: string;
  address: string;
  onBehalfOf?: {
    fullName: string;
    idNumber: string;
    dateOfBirth?: string;
    phone: string;
    address: string;
    relationship: string;
  } | null;
}
