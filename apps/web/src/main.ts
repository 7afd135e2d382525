import "./style.css";
import { startApp } from "./app.js";
import { decodeState } from "./state/url-state.js";

const { config, problems } = decodeState(location.hash);
startApp(document.getElementById("app")!, config, problems);
