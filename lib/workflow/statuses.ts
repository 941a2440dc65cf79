/** Dossier statuses (DOMAIN §5, the national portal's sync standard). */
export const STATUS = {
  NEW: 1,
  RECEIVED: 2,
  REFUSED: 3,
  PROCESSING: 4,
  SUPPLEMENT_REQUESTED: 5,
  PAYMENT_REQUESTED: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  PROCESSED: 9,
  RETURNED: 10,
} as const;

export type DossierStatus = (typeof STATUS)[keyof typeof STATUS];
export const ALL_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export const STATUS_NAMES: Record<DossierStatus, string> = {
  1: "Mới đăng ký",
  2: "Được tiếp nhận",
  3: "Không được tiếp nhận",
  4: "Đang xử lý",
  5: "Yêu cầu bổ sung giấy tờ",
  6: "Yêu cầu thực hiện nghĩa vụ tài chính",
  7: "Công dân yêu cầu rút hồ sơ",
  8: "Dừng xử lý",
  9: "Đã xử lý xong",
  10: "Đã trả kết quả",
};

/** Closed: no action changes the status any more (results, refusals, stops, withdrawals). */
export const FINAL_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];

export function isDossierStatus(value: number): value is DossierStatus {
  return Number.isInteger(value) && value >= 1 && value <= 10;
}
