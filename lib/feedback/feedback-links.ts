/** Where the pages (codes are PAKN-yyMMdd-NNNN: nothing to encode) of the feedback register live (emails, notifications and redirects link to them). */
export const FEEDBACK_PATHS = {
  form: "/phan-anh-kien-nghi",
  published: "/phan-anh-kien-nghi/da-tra-loi",
  /** The public tracking page (code + phone asked on the page; the code is prefilled). */
  lookup: (code: string) => `/phan-anh-kien-nghi/tra-cuu?ma=${code}`,
  /** The sender's own item in the account. */
  own: (code: string) => `/tai-khoan/phan-anh/${code}`,
  officerQueue: "/quan-tri/phan-anh",
  officerItem: (id: string) => `/quan-tri/phan-anh/${id}`,
  /** An attachment's download, for officers who see the item. */
  officerAttachment: (id: string, fileId: string) => `/quan-tri/phan-anh/${id}/tep/${fileId}`,
} as const;
