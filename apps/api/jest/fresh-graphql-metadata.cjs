// @nestjs/graphql keeps its type metadata on the process-wide `global`, which
// outlives Jest's per-file module registry; start each test file without the
// classes of the previous one.
delete global.GqlTypeMetadataStorage;
delete global.GqlLazyMetadataStorageHost;
