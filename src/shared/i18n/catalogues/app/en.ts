/** The app's own name. */
const appEn = {
  name: 'Hearth',
};

export default appEn;
