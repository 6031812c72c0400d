/** The version `credit-desk --version` prints; a test keeps it equal to package.json's. */
export const CREDIT_DESK_VERSION = "0.1.0";
