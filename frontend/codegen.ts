import type { CodegenConfig } from "@graphql-codegen/cli";

// `npm run codegen`: reads ../schema.graphql (the contract) and every graphql(`...`) call
// under src/, writes typed documents into src/gql/ (committed).
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: {
          UUID: "string",
          DateTime: "string",
          NaiveDate: "string",
          JSON: "unknown",
        },
      },
    },
  },
};

export default config;
