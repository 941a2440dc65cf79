import { BO_TRO_TU_PHAP_FAMILIES } from "./bo-tro-tu-phap";
import { CONG_THUONG_FAMILIES } from "./cong-thuong";
import { DAT_DAI_MOI_TRUONG_FAMILIES } from "./dat-dai-moi-truong";
import { DAU_TU_DOANH_NGHIEP_FAMILIES } from "./dau-tu-doanh-nghiep";
import { GIAO_DUC_FAMILIES } from "./giao-duc";
import { LAO_DONG_XA_HOI_FAMILIES } from "./lao-dong-xa-hoi";
import { NONG_NGHIEP_FAMILIES } from "./nong-nghiep";
import { NOI_VU_CU_TRU_FAMILIES } from "./noi-vu-cu-tru";
import { THONG_TIN_KHOA_HOC_FAMILIES } from "./thong-tin-khoa-hoc";
import { TU_PHAP_FAMILIES } from "./tu-phap";
import type { FamilySpec } from "./types";
import { VAN_HOA_DU_LICH_FAMILIES } from "./van-hoa-du-lich";
import { XAY_DUNG_GIAO_THONG_FAMILIES } from "./xay-dung-giao-thong";
import { Y_TE_FAMILIES } from "./y-te";

/** All procedure families of the seed catalog, grouped by field in the files of this folder. */
export const CATALOG_FAMILIES: FamilySpec[] = [
  ...TU_PHAP_FAMILIES,
  ...BO_TRO_TU_PHAP_FAMILIES,
  ...NOI_VU_CU_TRU_FAMILIES,
  ...DAU_TU_DOANH_NGHIEP_FAMILIES,
  ...DAT_DAI_MOI_TRUONG_FAMILIES,
  ...XAY_DUNG_GIAO_THONG_FAMILIES,
  ...LAO_DONG_XA_HOI_FAMILIES,
  ...Y_TE_FAMILIES,
  ...GIAO_DUC_FAMILIES,
  ...CONG_THUONG_FAMILIES,
  ...NONG_NGHIEP_FAMILIES,
  ...VAN_HOA_DU_LICH_FAMILIES,
  ...THONG_TIN_KHOA_HOC_FAMILIES,
];
