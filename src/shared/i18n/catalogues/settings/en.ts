/** The Settings page itself; each section has its own group (`textSize`, `privacy`, `language`…). */
const settings = {
  title: 'Settings',
};

export default settings;
