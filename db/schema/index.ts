export * from "./catalog";
export * from "./accounts";
export * from "./dossiers";
export * from "./messaging";
export * from "./calendar";
export * from "./workflow";
export * from "./audit";
export * from "./statistics";
