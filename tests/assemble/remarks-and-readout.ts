// An invented meeting told twice, as the White House tells one: the readout of the talks ("met today"), and the
// transcript of the two leaders' remarks before them, which gives no day of its own.
export const READOUT =
  'Readout of President Ruiz’s Meeting with Prime Minister Berg of Norway\n\nPresident Ana Ruiz met today with Prime Minister Tomas Berg of Norway. ' +
  'The leaders discussed trade, energy and Arctic research.\n';
export const REMARKS =
  'Remarks by President Ruiz and Prime Minister Berg of Norway Before Bilateral Meeting\n\n' +
  'PRESIDENT RUIZ: Welcome, Mr. Prime Minister. It is good to have you here, and we have a lot to talk about.\n\n' +
  'PRIME MINISTER BERG: Thank you, Madam President. I am glad to be here.\n';
