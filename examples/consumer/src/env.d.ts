// The example needs nothing from Node's types but console; declaring it keeps the
// project free of dependencies other than the registry package.
declare const console: { log(message: string): void };
