export class MakeAlphaInput {}
