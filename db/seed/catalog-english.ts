/**
 * English names and short descriptions of the most-used services and of the procedures foreigners use
 * (work permits, investment, representative offices, residence), keyed by service code. The procedure's
 * own text stays the Vietnamese legal text; these only help a reader of the English pages find and
 * recognise it (docs/i18n.md, "Catalog data").
 */
export interface ServiceEnglish {
  nameEn: string;
  summaryEn: string;
}

/** Where a Chu Lai or industrial-zone variant of a procedure is handled, added to its English name. */
const CHU_LAI = " in the Chu Lai Open Economic Zone";
const ZONES = " in industrial zones";
const BY_CHU_LAI = "Handled by the Chu Lai Open Economic Zone Authority.";
const BY_ZONES = "Handled by the Quảng Nam Industrial Zones Authority.";

/** The 50 most-used services (the seed's popularity, which also orders the 2023 history). */
const MOST_USED: Record<string, ServiceEnglish> = {
  "1.001193": {
    nameEn: "Birth registration",
    summaryEn: "Register a child's birth at the commune People's Committee and get the birth certificate.",
  },
  "2.000815": {
    nameEn: "Certified copy of a Vietnamese document (commune level)",
    summaryEn: "Get copies of documents issued in Viet Nam certified as true copies of the original at the commune People's Committee.",
  },
  "1.004222": {
    nameEn: "Permanent residence registration",
    summaryEn: "Register your permanent address with the commune police.",
  },
  "1.000894": {
    nameEn: "Marriage registration",
    summaryEn: "Register a marriage between two Vietnamese citizens at the commune People's Committee and get the marriage certificate.",
  },
  "2.000884": {
    nameEn: "Certification of a signature (commune level)",
    summaryEn: "Have your signature or fingerprint on a document certified at the commune People's Committee.",
  },
  "2.002617": {
    nameEn: "Registration of a single-member limited liability company",
    summaryEn: "Set up a single-member limited liability company and get its enterprise registration certificate.",
  },
  "1.004194": {
    nameEn: "Temporary residence registration",
    summaryEn: "Register your temporary address with the commune police when you live away from your permanent address for 30 days or more.",
  },
  "1.010977": {
    nameEn: "Citizen identity card",
    summaryEn: "Vietnamese citizens get a chip-based citizen identity card from the district police.",
  },
  "1.004614": {
    nameEn: "Exchange of a Vietnamese driving licence",
    summaryEn: "Exchange a driving licence issued by the transport sector for a new one.",
  },
  "1.004873": {
    nameEn: "Certificate of marital status",
    summaryEn: "Get a certificate of your marital status, for example to marry or to buy property.",
  },
  "2.010067": {
    nameEn: "Criminal record certificate for Vietnamese citizens and foreigners living in Viet Nam",
    summaryEn: "Apply to the Department of Justice for a criminal record certificate. Foreigners who live in Viet Nam can apply too.",
  },
  "1.000656": {
    nameEn: "Death registration",
    summaryEn: "Register a death at the commune People's Committee and get the death certificate.",
  },
  "1.009155": {
    nameEn: "Registration of a household business",
    summaryEn: "Register a household business with the district People's Committee.",
  },
  "2.013603": {
    nameEn: "First registration of land and a land use rights certificate",
    summaryEn: "Register land, and the house or other property on it, for the first time and get the certificate of land use rights and ownership.",
  },
  "1.004393": {
    nameEn: "Construction permit for a private house",
    summaryEn: "Get a construction permit to build a detached private house.",
  },
  "2.000635": {
    nameEn: "Copy of a civil status extract",
    summaryEn: "Get a copy of a birth, marriage or death record from the civil status register.",
  },
  "2.002868": {
    nameEn: "Registration of changes in land use rights",
    summaryEn: "Register an exchange, transfer, lease, inheritance, gift or capital contribution of land use rights and the property on the land.",
  },
  "2.003085": {
    nameEn: "Unemployment benefit",
    summaryEn: "Claim unemployment insurance benefit after your job ends.",
  },
  "2.009079": {
    nameEn: "Birth registration, permanent residence and health insurance card for a child under 6",
    summaryEn: "One application to register a birth, the child's permanent residence and the child's health insurance card.",
  },
  "1.000541": {
    nameEn: "Certification of contracts on movable property, land and housing",
    summaryEn: "Have a contract or transaction about movable property, land use rights or housing certified at the commune People's Committee.",
  },
  "1.007288": {
    nameEn: "First registration of a motorbike",
    summaryEn: "Register a new motorbike or moped and get its number plate at the commune police.",
  },
  "1.007910": {
    nameEn: "Certified copy of a Vietnamese document (district level)",
    summaryEn: "Get copies of documents issued in Viet Nam certified as true copies of the original at the district Justice Division.",
  },
  "2.008903": {
    nameEn: "Confirmation of residence information",
    summaryEn: "Get a written confirmation of your residence information from the commune police.",
  },
  "1.007601": {
    nameEn: "Registration of a private enterprise",
    summaryEn: "Set up a private enterprise (sole proprietorship) and get its enterprise registration certificate.",
  },
  "1.009945": {
    nameEn: "Birth registration and health insurance card for a child under 6",
    summaryEn: "One application to register a birth and get the child's health insurance card.",
  },
  "1.001776": {
    nameEn: "Monthly social allowance: start, change or stop",
    summaryEn: "Apply to start, change or stop a monthly social allowance or monthly care support.",
  },
  "1.010195": {
    nameEn: "Registration of a limited liability company with two or more members",
    summaryEn: "Set up a multi-member limited liability company and get its enterprise registration certificate.",
  },
  "1.001950": {
    nameEn: "Permission to change the use of land (households and individuals)",
    summaryEn: "Ask for permission to use land for another purpose, for example to build a house on farmland.",
  },
  "2.005732": {
    nameEn: "Exchange of a citizen identity card",
    summaryEn: "Exchange your citizen identity card when it expires, is damaged or your details change.",
  },
  "1.005500": {
    nameEn: "Splitting or merging land plots",
    summaryEn: "Split one land plot into several, or merge plots into one.",
  },
  "2.010312": {
    nameEn: "Change of a company's head office address",
    summaryEn: "Register a new head office address of a company.",
  },
  "3.000182": {
    nameEn: "Lower secondary school admission",
    summaryEn: "Apply for a place in year 6 at a lower secondary school.",
  },
  "1.009184": {
    nameEn: "Registration for the upper secondary school graduation exam",
    summaryEn: "Register to sit the national upper secondary school graduation exam.",
  },
  "2.007966": {
    nameEn: "Registration of a joint stock company",
    summaryEn: "Set up a joint stock company and get its enterprise registration certificate.",
  },
  "1.013390": {
    nameEn: "Permanent residence registration to live with relatives",
    summaryEn: "Register permanent residence at the home of your spouse, parent or child.",
  },
  "1.010360": {
    nameEn: "Criminal record certificate No. 1 for Vietnamese citizens",
    summaryEn: "Get criminal record certificate No. 1, which you can give to employers and other organisations.",
  },
  "1.000807": {
    nameEn: "Certification of a signature (district level)",
    summaryEn: "Have your signature or fingerprint on a document certified at the district Justice Division.",
  },
  "1.013651": {
    nameEn: "Registration of a mortgage of land use rights",
    summaryEn: "Register a mortgage of land use rights and the property on the land.",
  },
  "2.002491": {
    nameEn: "Permanent residence registration at a home you own",
    summaryEn: "Register permanent residence at a home that belongs to you.",
  },
  "1.012238": {
    nameEn: "Certified electronic copy of an original document",
    summaryEn: "Get an electronic copy of a paper document certified as a true copy of the original.",
  },
  "2.005620": {
    nameEn: "Correction of residence information",
    summaryEn: "Correct your details in the residence database.",
  },
  "2.001865": {
    nameEn: "Certification of a land use rights transfer contract",
    summaryEn: "Have a contract transferring land use rights certified at the commune People's Committee.",
  },
  "2.006080": {
    nameEn: "Upper secondary school admission",
    summaryEn: "Apply for a place in year 10 at an upper secondary school.",
  },
  "2.001828": {
    nameEn: "Death registration, removal of permanent residence and funeral benefits",
    summaryEn: "One application to register a death, remove the permanent residence and claim survivor and funeral benefits.",
  },
  "2.011415": {
    nameEn: "Registration of a transfer of land use rights",
    summaryEn: "Register the transfer of land use rights and the property on the land to a new owner.",
  },
  "1.013456": {
    nameEn: "Notice of business suspension or early resumption",
    summaryEn: "Tell the business registration office that a company, branch or business location stops trading for a time, or starts again early.",
  },
  "1.011606": {
    nameEn: "Recognition of a poor or near-poor household",
    summaryEn: "Apply for a household to be recognised as poor or near-poor during the year.",
  },
  "2.009129": {
    nameEn: "Food safety certificate for restaurants and food services (Department of Health)",
    summaryEn: "Get the certificate that a restaurant or food service meets food safety conditions.",
  },
  "2.000320": {
    nameEn: "New driving licence",
    summaryEn: "Get a driving licence for the first time after passing the driving test.",
  },
  "1.000956": {
    nameEn: "Monthly job search report while on unemployment benefit",
    summaryEn: "Tell the employment service centre each month how you are looking for work, to keep receiving unemployment benefit.",
  },
};

/** Work permits for foreign employees, at the Department of Labour or the zone authorities. */
const WORK_PERMITS: Record<string, ServiceEnglish> = {
  "2.012668": {
    nameEn: "Work permit for a foreign employee",
    summaryEn: "An employer applies for a work permit for a foreign employee who will work in Quảng Nam.",
  },
  "1.012335": {
    nameEn: `Work permit for a foreign employee${CHU_LAI}`,
    summaryEn: `An employer in the zone applies for a work permit for a foreign employee. ${BY_CHU_LAI}`,
  },
  "2.007027": {
    nameEn: `Work permit for a foreign employee${ZONES}`,
    summaryEn: `An employer in an industrial zone applies for a work permit for a foreign employee. ${BY_ZONES}`,
  },
  "2.010151": {
    nameEn: "Reissue of a work permit for a foreign employee",
    summaryEn: "Get a new copy of a work permit that is lost or damaged, or whose details have changed.",
  },
  "1.007184": {
    nameEn: `Reissue of a work permit for a foreign employee${CHU_LAI}`,
    summaryEn: `Get a new copy of a work permit that is lost or damaged, or whose details have changed. ${BY_CHU_LAI}`,
  },
  "2.012936": {
    nameEn: `Reissue of a work permit for a foreign employee${ZONES}`,
    summaryEn: `Get a new copy of a work permit that is lost or damaged, or whose details have changed. ${BY_ZONES}`,
  },
  "2.006630": {
    nameEn: "Extension of a work permit for a foreign employee",
    summaryEn: "Extend a foreign employee's work permit before it expires.",
  },
  "1.007189": {
    nameEn: `Extension of a work permit for a foreign employee${CHU_LAI}`,
    summaryEn: `Extend a foreign employee's work permit before it expires. ${BY_CHU_LAI}`,
  },
  "2.007681": {
    nameEn: `Extension of a work permit for a foreign employee${ZONES}`,
    summaryEn: `Extend a foreign employee's work permit before it expires. ${BY_ZONES}`,
  },
  "2.008270": {
    nameEn: "Confirmation that a foreign employee does not need a work permit",
    summaryEn: "Get written confirmation that a foreign employee is exempt from a work permit.",
  },
  "1.010079": {
    nameEn: `Confirmation that a foreign employee does not need a work permit${CHU_LAI}`,
    summaryEn: `Get written confirmation that a foreign employee is exempt from a work permit. ${BY_CHU_LAI}`,
  },
  "2.010707": {
    nameEn: `Confirmation that a foreign employee does not need a work permit${ZONES}`,
    summaryEn: `Get written confirmation that a foreign employee is exempt from a work permit. ${BY_ZONES}`,
  },
  "2.012356": {
    nameEn: "Report on the need to employ foreign workers",
    summaryEn: "An employer explains why it needs foreign workers, or a change in that need, and gets approval before applying for work permits.",
  },
  "1.009805": {
    nameEn: `Report on the need to employ foreign workers${CHU_LAI}`,
    summaryEn: `An employer explains why it needs foreign workers and gets approval before applying for work permits. ${BY_CHU_LAI}`,
  },
  "2.010569": {
    nameEn: `Report on the need to employ foreign workers${ZONES}`,
    summaryEn: `An employer explains why it needs foreign workers and gets approval before applying for work permits. ${BY_ZONES}`,
  },
};

/** Investment projects and the investment registration certificate (Department of Planning and Investment or a zone authority). */
const INVESTMENT: Record<string, ServiceEnglish> = {
  "2.007018": {
    nameEn: "Investment registration certificate (projects without investment policy approval)",
    summaryEn: "Investors, including foreign investors, get an investment registration certificate for a project in Quảng Nam.",
  },
  "1.002139": {
    nameEn: `Investment registration certificate${CHU_LAI}`,
    summaryEn: `Investors, including foreign investors, get an investment registration certificate for a project in the zone. ${BY_CHU_LAI}`,
  },
  "2.000631": {
    nameEn: `Investment registration certificate${ZONES}`,
    summaryEn: `Investors, including foreign investors, get an investment registration certificate for a project in an industrial zone. ${BY_ZONES}`,
  },
  "1.009905": {
    nameEn: "Amendment of an investment registration certificate",
    summaryEn: "Change the details of an investment project on its investment registration certificate.",
  },
  "2.005317": {
    nameEn: `Amendment of an investment registration certificate${CHU_LAI}`,
    summaryEn: `Change the details of an investment project on its investment registration certificate. ${BY_CHU_LAI}`,
  },
  "1.008306": {
    nameEn: `Amendment of an investment registration certificate${ZONES}`,
    summaryEn: `Change the details of an investment project on its investment registration certificate. ${BY_ZONES}`,
  },
  "1.001711": {
    nameEn: "Reissue of an investment registration certificate",
    summaryEn: "Get a new investment registration certificate when the original is lost or damaged.",
  },
  "2.011251": {
    nameEn: `Reissue of an investment registration certificate${CHU_LAI}`,
    summaryEn: `Get a new investment registration certificate when the original is lost or damaged. ${BY_CHU_LAI}`,
  },
  "1.007832": {
    nameEn: `Reissue of an investment registration certificate${ZONES}`,
    summaryEn: `Get a new investment registration certificate when the original is lost or damaged. ${BY_ZONES}`,
  },
  "2.007931": {
    nameEn: "Correction of an investment registration certificate",
    summaryEn: "Correct a mistake in the information on an investment registration certificate.",
  },
  "1.007586": {
    nameEn: `Correction of an investment registration certificate${CHU_LAI}`,
    summaryEn: `Correct a mistake in the information on an investment registration certificate. ${BY_CHU_LAI}`,
  },
  "2.008666": {
    nameEn: `Correction of an investment registration certificate${ZONES}`,
    summaryEn: `Correct a mistake in the information on an investment registration certificate. ${BY_ZONES}`,
  },
  "1.013288": {
    nameEn: "Exchange of an investment licence for an investment registration certificate",
    summaryEn: "Projects that hold an old investment licence or investment certificate exchange it for an investment registration certificate.",
  },
  "2.010646": {
    nameEn: `Exchange of an investment licence for an investment registration certificate${CHU_LAI}`,
    summaryEn: `Projects that hold an old investment licence or investment certificate exchange it for an investment registration certificate. ${BY_CHU_LAI}`,
  },
  "2.001748": {
    nameEn: "Investment policy approval by the provincial People's Committee",
    summaryEn: "Large or sensitive investment projects need the province's approval of the investment policy before they are registered.",
  },
  "1.005341": {
    nameEn: `Investment policy approval by the provincial People's Committee${CHU_LAI}`,
    summaryEn: `Get the province's approval of the investment policy of a project in the zone. ${BY_CHU_LAI}`,
  },
  "2.012617": {
    nameEn: `Investment policy approval by the provincial People's Committee${ZONES}`,
    summaryEn: `Get the province's approval of the investment policy of a project in an industrial zone. ${BY_ZONES}`,
  },
  "2.003646": {
    nameEn: "Amendment of an investment policy approval",
    summaryEn: "Change a project whose investment policy the provincial People's Committee approved.",
  },
  "1.005567": {
    nameEn: `Amendment of an investment policy approval${CHU_LAI}`,
    summaryEn: `Change a project whose investment policy the provincial People's Committee approved. ${BY_CHU_LAI}`,
  },
  "2.011331": {
    nameEn: `Amendment of an investment policy approval${ZONES}`,
    summaryEn: `Change a project whose investment policy the provincial People's Committee approved. ${BY_ZONES}`,
  },
  "1.004670": {
    nameEn: "Amendment of an investment project after a division, merger or conversion",
    summaryEn: "Adjust an investment project when the company that holds it is divided, split, merged or converted.",
  },
  "2.007225": {
    nameEn: "Transfer of an investment project",
    summaryEn: "Transfer all or part of an investment project to another investor.",
  },
  "2.000112": {
    nameEn: "Suspension of an investment project",
    summaryEn: "Tell the investment authority that a project stops operating for a time, or for good.",
  },
  "2.001764": {
    nameEn: "Termination of an investment project",
    summaryEn: "End an investment project and return its investment registration certificate.",
  },
  "1.004049": {
    nameEn: "Extension of an investment project's schedule",
    summaryEn: "Ask for more time to carry out an investment project.",
  },
  "1.010420": {
    nameEn: "Investment guarantee when investment incentives no longer apply",
    summaryEn: "Investors whose incentives end because the law changed ask for the guarantees the Law on Investment provides.",
  },
  "2.013029": {
    nameEn: "Information about investment projects",
    summaryEn: "Ask the investment authority for information about an investment project.",
  },
  "2.001207": {
    nameEn: "Registration of capital contribution or share purchase by a foreign investor",
    summaryEn: "A foreign investor registers a capital contribution to, or a purchase of shares or capital in, a Vietnamese company.",
  },
  "2.009017": {
    nameEn: "Notice of changes in foreign investor shareholders of an unlisted joint stock company",
    summaryEn: "An unlisted joint stock company tells the business registration office about changes in its foreign investor shareholders.",
  },
  "1.013200": {
    nameEn: "Operating office of a foreign investor in a business cooperation contract (BCC)",
    summaryEn: "A foreign investor in a business cooperation contract registers an operating office in Quảng Nam.",
  },
  "2.004574": {
    nameEn: `Operating office of a foreign investor in a business cooperation contract (BCC)${CHU_LAI}`,
    summaryEn: `A foreign investor in a business cooperation contract registers an operating office in the zone. ${BY_CHU_LAI}`,
  },
  "1.010790": {
    nameEn: "Closing the operating office of a foreign investor in a business cooperation contract (BCC)",
    summaryEn: "Close the operating office of a foreign investor in a business cooperation contract.",
  },
};

/** Foreign traders and foreign-invested companies: representative offices and trading licences. */
const FOREIGN_BUSINESS: Record<string, ServiceEnglish> = {
  "2.003366": {
    nameEn: "Licence to set up a representative office of a foreign trader",
    summaryEn: "A foreign company gets a licence to open a representative office in Quảng Nam.",
  },
  "1.002229": {
    nameEn: `Licence to set up a representative office of a foreign trader${CHU_LAI}`,
    summaryEn: `A foreign company gets a licence to open a representative office in the zone. ${BY_CHU_LAI}`,
  },
  "2.012769": {
    nameEn: `Licence to set up a representative office of a foreign trader${ZONES}`,
    summaryEn: `A foreign company gets a licence to open a representative office in an industrial zone. ${BY_ZONES}`,
  },
  "2.008279": {
    nameEn: "Reissue of a representative office licence of a foreign trader",
    summaryEn: "Get a new licence for a representative office when the original is lost, damaged or its address changes.",
  },
  "2.004964": {
    nameEn: "Extension of a representative office licence of a foreign trader",
    summaryEn: "Extend the licence of a foreign trader's representative office before it expires.",
  },
  "1.005189": {
    nameEn: "Amendment of a representative office licence of a foreign trader",
    summaryEn: "Change the details of a foreign trader's representative office licence.",
  },
  "1.006176": {
    nameEn: `Reissue of a representative office licence of a foreign trader${CHU_LAI}`,
    summaryEn: `Get a new licence for a representative office when the original is lost, damaged or its address changes. ${BY_CHU_LAI}`,
  },
  "2.006152": {
    nameEn: `Reissue of a representative office licence of a foreign trader${ZONES}`,
    summaryEn: `Get a new licence for a representative office when the original is lost, damaged or its address changes. ${BY_ZONES}`,
  },
  "1.010375": {
    nameEn: `Extension of a representative office licence of a foreign trader${CHU_LAI}`,
    summaryEn: `Extend the licence of a foreign trader's representative office before it expires. ${BY_CHU_LAI}`,
  },
  "2.005083": {
    nameEn: `Extension of a representative office licence of a foreign trader${ZONES}`,
    summaryEn: `Extend the licence of a foreign trader's representative office before it expires. ${BY_ZONES}`,
  },
  "2.010578": {
    nameEn: `Amendment of a representative office licence of a foreign trader${CHU_LAI}`,
    summaryEn: `Change the details of a foreign trader's representative office licence. ${BY_CHU_LAI}`,
  },
  "1.007127": {
    nameEn: `Amendment of a representative office licence of a foreign trader${ZONES}`,
    summaryEn: `Change the details of a foreign trader's representative office licence. ${BY_ZONES}`,
  },
  "1.009643": {
    nameEn: "Closing a representative office of a foreign trader",
    summaryEn: "Close a foreign trader's representative office in Quảng Nam.",
  },
  "1.012060": {
    nameEn: "Business licence for a foreign-invested company to trade goods",
    summaryEn: "A company with foreign capital gets a licence to buy and sell goods and carry out related activities.",
  },
  "2.005539": {
    nameEn: "Reissue of a business licence of a foreign-invested company",
    summaryEn: "Get a new business licence for a foreign-invested company when the original is lost or damaged.",
  },
  "1.002952": {
    nameEn: "Amendment of a business licence of a foreign-invested company",
    summaryEn: "Change the details of a foreign-invested company's business licence.",
  },
  "2.006812": {
    nameEn: "Extension of a business licence of a foreign-invested company",
    summaryEn: "Extend a foreign-invested company's business licence before it expires.",
  },
};

/** Residence of foreigners and other procedures foreigners living in Quảng Nam use. */
const FOREIGNERS: Record<string, ServiceEnglish> = {
  "2.007351": {
    nameEn: "Temporary residence card for foreigners",
    summaryEn:
      "The employer, school or relative who sponsors a foreigner applies to the provincial immigration office for a temporary residence card.",
  },
  "1.003120": {
    nameEn: "Extension of temporary residence for foreigners",
    summaryEn: "The sponsor of a foreigner asks the provincial immigration office to extend the foreigner's permitted stay in Viet Nam.",
  },
  "2.009628": {
    nameEn: "Permanent residence card for foreigners",
    summaryEn: "A foreigner sponsored by a Vietnamese spouse, parent or child applies for the right to live in Viet Nam permanently.",
  },
  "1.010941": {
    nameEn: "Temporary residence declaration for foreigners",
    summaryEn: "Hotels, landlords and hosts declare online the temporary residence of a foreigner staying with them.",
  },
  "2.000528": {
    nameEn: "Birth registration with a foreign element",
    summaryEn: "Register the birth in Viet Nam of a child whose parent is a foreigner, or who was born abroad.",
  },
  "2.000806": {
    nameEn: "Marriage registration with a foreign element",
    summaryEn: "Register a marriage between a Vietnamese citizen and a foreigner, or between foreigners living in Viet Nam.",
  },
  "1.002498": {
    nameEn: "Exchange of a foreign driving licence",
    summaryEn: "Exchange a driving licence issued abroad for a Vietnamese driving licence.",
  },
  "1.002405": {
    nameEn: "Permission for a foreign-invested preschool or school to operate",
    summaryEn: "A preschool, primary or secondary school with foreign investment gets permission to start teaching.",
  },
  "1.001688": {
    nameEn: "Medical practising certificate for foreigners and overseas Vietnamese",
    summaryEn: "Foreign doctors and overseas Vietnamese get a certificate to practise medicine in Quảng Nam.",
  },
};

export const CATALOG_ENGLISH: Record<string, ServiceEnglish> = {
  ...MOST_USED,
  ...WORK_PERMITS,
  ...INVESTMENT,
  ...FOREIGN_BUSINESS,
  ...FOREIGNERS,
};
