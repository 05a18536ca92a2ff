"""The classroom in the app: a seat's link to the class server, instructor sign-in, the live
class view's window and the results-bundle dialogs (docs/trainers-guide.md)."""
