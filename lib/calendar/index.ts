export * from "./calendar";
export * from "./clock";
export * from "./due-date";
export * from "./format";
export * from "./vietnam-holidays";
export { addWorkingHours, nextWorkingInstant, workingHoursBetween } from "./working-hours";
