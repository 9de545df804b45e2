export * from "./enums.ts";
export * from "./format-figure.ts";
export * from "./locale.ts";
export * from "./park-filter.ts";
export * from "./seed-data.ts";
export * from "./slug.ts";
