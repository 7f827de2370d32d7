// Placeholder kept so the folder always loads; real servers claim their own prefixes.
export default (ctx, next) => next();
