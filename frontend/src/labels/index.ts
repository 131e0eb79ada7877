/** French labels of the API's codes, shared by every space. */
export * from "./format";
export * from "./dossiers";
export * from "./agrements";
export * from "./people";
export * from "./roles";
export * from "./commission";
export * from "./indicators";
