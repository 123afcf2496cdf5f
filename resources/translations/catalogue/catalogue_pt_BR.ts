<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;1 Reasons</source>
        <translation>&amp;1 Motivos</translation>
    </message>
    <message>
        <source>&amp;2 Review</source>
        <translation>&amp;2 Revisão</translation>
    </message>
    <message>
        <source>&amp;3 Offers</source>
        <translation>&amp;3 Ofertas</translation>
    </message>
    <message>
        <source>&amp;4 Scripts</source>
        <translation>&amp;4 Roteiros</translation>
    </message>
    <message>
        <source>&amp;5 Phrases</source>
        <translation>&amp;5 Frases</translation>
    </message>
    <message>
        <source>&amp;6 Users</source>
        <translation>&amp;6 Usuários</translation>
    </message>
    <message>
        <source>Catalogue sections</source>
        <translation>Seções do catálogo</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation>&amp;Nova oferta</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nova oferta</translation>
    </message>
    <message>
        <source>New offer (Ctrl+N)</source>
        <translation>Nova oferta (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save offer</source>
        <translation>&amp;Salvar oferta</translation>
    </message>
    <message>
        <source>Save offer</source>
        <translation>Salvar oferta</translation>
    </message>
    <message>
        <source>Save offer (Ctrl+S)</source>
        <translation>Salvar oferta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Category codes: {codes}</source>
        <translation>Códigos de categoria: {codes}</translation>
    </message>
</context>
<context>
    <name>PhrasesTab</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>New &amp;phrase</source>
        <translation>Nova &amp;frase</translation>
    </message>
    <message>
        <source>&amp;Hint for the agent</source>
        <translation>&amp;Dica para o atendente</translation>
    </message>
    <message>
        <source>&amp;Test a sentence</source>
        <translation>&amp;Testar uma frase</translation>
    </message>
    <message>
        <source>Defensive phrases</source>
        <translation>Frases defensivas</translation>
    </message>
    <message>
        <source>&amp;Add phrase</source>
        <translation>&amp;Adicionar frase</translation>
    </message>
    <message>
        <source>Add phrase</source>
        <translation>Adicionar frase</translation>
    </message>
    <message>
        <source>Add phrase (Enter in the phrase box)</source>
        <translation>Adicionar frase (Enter na caixa da frase)</translation>
    </message>
    <message>
        <source>&amp;Remove phrase</source>
        <translation>&amp;Remover frase</translation>
    </message>
    <message>
        <source>Remove phrase</source>
        <translation>Remover frase</translation>
    </message>
    <message>
        <source>Remove the selected phrase (Del in the list)</source>
        <translation>Remover a frase selecionada (Del na lista)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <source>Type what the agent would say</source>
        <translation>Digite o que o atendente diria</translation>
    </message>
    <message>
        <source>No defensive phrase found.</source>
        <translation>Nenhuma frase defensiva encontrada.</translation>
    </message>
    <message>
        <source>Defensive phrases found: {found}</source>
        <translation>Frases defensivas encontradas: {found}</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <source>New reason</source>
        <translation>Novo motivo</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nova categoria</translation>
    </message>
    <message>
        <source>Rename / edit</source>
        <translation>Renomear / editar</translation>
    </message>
    <message>
        <source>Move to category…</source>
        <translation>Mover para categoria…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Aposentar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fundir em…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Reason actions</source>
        <translation>Ações de motivo</translation>
    </message>
    <message>
        <source>More reason actions</source>
        <translation>Mais ações de motivos</translation>
    </message>
    <message>
        <source>Reason categories and reasons</source>
        <translation>Categorias de motivo e motivos</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ódigo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Responsible te&amp;am</source>
        <translation>&amp;Equipe responsável</translation>
    </message>
    <message>
        <source>Responsible team</source>
        <translation>Equipe responsável</translation>
    </message>
    <message>
        <source>As the category</source>
        <translation>Igual à categoria</translation>
    </message>
    <message>
        <source>Leave it empty to use the category&apos;s team</source>
        <translation>Deixe em branco para usar a equipe da categoria</translation>
    </message>
    <message>
        <source>&amp;Front-line service (reasons feed coaching)</source>
        <translation>&amp;Atendimento de linha de frente (motivos alimentam o coaching)</translation>
    </message>
    <message>
        <source>Front-line service</source>
        <translation>Atendimento de linha de frente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Salvar (Ctrl+S ou Enter)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>aposentado</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fundido</translation>
    </message>
    <message>
        <source>Select a reason or a category</source>
        <translation>Selecione um motivo ou uma categoria</translation>
    </message>
    <message>
        <source>Edit reason</source>
        <translation>Editar motivo</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Editar categoria</translation>
    </message>
    <message>
        <source>Move reason</source>
        <translation>Mover motivo</translation>
    </message>
    <message>
        <source>Type the category</source>
        <translation>Digite a categoria</translation>
    </message>
    <message>
        <source>Merge “{reason}” into…</source>
        <translation>Fundir “{reason}” em…</translation>
    </message>
    <message>
        <source>Type the reason to keep</source>
        <translation>Digite o motivo a manter</translation>
    </message>
    <message>
        <source>History of “{reason}”</source>
        <translation>Histórico de “{reason}”</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Reasons that imports did not recognise. Enter: merge the selected one into a catalogue reason. Ctrl+M: accept it into a category as a new reason.</source>
        <translation>Motivos que as importações não reconheceram. Enter: fundir o selecionado em um motivo do catálogo. Ctrl+M: aceitá-lo em uma categoria como novo motivo.</translation>
    </message>
    <message>
        <source>Monthly revenue is shown per currency, never added. The list is ranked by revenue in the currency most of these customers are billed in, then by customers.</source>
        <translation>A receita mensal aparece por moeda, nunca somada. A lista é ordenada pela receita na moeda da maioria destes clientes e depois pelo número de clientes.</translation>
    </message>
    <message>
        <source>Unreviewed reasons</source>
        <translation>Motivos não revisados</translation>
    </message>
    <message>
        <source>Accept into a category…</source>
        <translation>Aceitar numa categoria…</translation>
    </message>
    <message>
        <source>Merge “{reason}” into…</source>
        <translation>Fundir “{reason}” em…</translation>
    </message>
    <message>
        <source>Type the reason to keep</source>
        <translation>Digite o motivo a manter</translation>
    </message>
    <message>
        <source>Accept “{reason}” into…</source>
        <translation>Aceitar “{reason}” em…</translation>
    </message>
    <message>
        <source>Type the category</source>
        <translation>Digite a categoria</translation>
    </message>
</context>
<context>
    <name>ScriptsTab</name>
    <message>
        <source>S&amp;tep</source>
        <translation>E&amp;tapa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Scri&amp;pt</source>
        <translation>Ro&amp;teiro</translation>
    </message>
    <message>
        <source>Chec&amp;klist (one item per line)</source>
        <translation>Lista de &amp;verificação (um item por linha)</translation>
    </message>
    <message>
        <source>Pre&amp;view with a sample customer</source>
        <translation>Pré-&amp;visualização com um cliente de exemplo</translation>
    </message>
    <message>
        <source>Placeholders you may use: {names}</source>
        <translation>Marcadores que você pode usar: {names}</translation>
    </message>
    <message>
        <source>Company na&amp;me</source>
        <translation>No&amp;me da empresa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Shown for {company}</source>
        <translation>Aparece no lugar de {company}</translation>
    </message>
    <message>
        <source>The company the agents call for: every script says it for {company}</source>
        <translation>A empresa em nome da qual os agentes ligam: todo roteiro a cita no lugar de {company}</translation>
    </message>
    <message>
        <source>&amp;Save script</source>
        <translation>&amp;Salvar roteiro</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Salvar roteiro</translation>
    </message>
    <message>
        <source>Save script (Ctrl+S)</source>
        <translation>Salvar roteiro (Ctrl+S)</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>nossa empresa</translation>
    </message>
    <message>
        <source>Unknown placeholders: {names}. Fix them before saving; agents never see them.</source>
        <translation>Marcadores desconhecidos: {names}. Corrija-os antes de salvar; os atendentes nunca os veem.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>L&amp;ogin</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Handful (customers per cycle)</source>
        <translation>&amp;Punhado (clientes por ciclo)</translation>
    </message>
    <message>
        <source>Acti&amp;ve (may sign in)</source>
        <translation>Ati&amp;vo (pode entrar)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Ne&amp;w user</source>
        <translation>No&amp;vo usuário</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>New user (Ctrl+N)</source>
        <translation>Novo usuário (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Salvar usuário</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Salvar usuário</translation>
    </message>
    <message>
        <source>Save user (Ctrl+S)</source>
        <translation>Salvar usuário (Ctrl+S)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Definir senha…</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Set the selected user&apos;s password (they need one to sign in)</source>
        <translation>Define a senha do usuário selecionado (ele precisa de uma para entrar)</translation>
    </message>
    <message>
        <source>Loc&amp;k the app after (idle minutes)</source>
        <translation>&amp;Bloquear o aplicativo após (minutos sem uso)</translation>
    </message>
    <message>
        <source>Lock the app after idle minutes</source>
        <translation>Bloquear o aplicativo após minutos sem uso</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Português (Portugal)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>&amp;Brazilian label</source>
        <translation>Rótulo &amp;brasileiro</translation>
    </message>
    <message>
        <source>Por&amp;tuguese label</source>
        <translation>Rótulo &amp;português</translation>
    </message>
    <message>
        <source>&amp;English label</source>
        <translation>Rótulo em &amp;inglês</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Brazilian label</source>
        <translation>Rótulo brasileiro</translation>
    </message>
    <message>
        <source>Portuguese label</source>
        <translation>Rótulo português</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Rótulo em inglês</translation>
    </message>
    <message>
        <source>Responsible team</source>
        <translation>Equipe responsável</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason to keep</source>
        <translation>Motivo a manter</translation>
    </message>
    <message>
        <source>Value (money)</source>
        <translation>Valor (dinheiro)</translation>
    </message>
    <message>
        <source>Value (% of monthly revenue)</source>
        <translation>Valor (% da receita mensal)</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Duração (meses)</translation>
    </message>
    <message>
        <source>Cost to the company</source>
        <translation>Custo para a empresa</translation>
    </message>
    <message>
        <source>Eligible segments</source>
        <translation>Segmentos elegíveis</translation>
    </message>
    <message>
        <source>Eligible reason categories</source>
        <translation>Categorias de motivo elegíveis</translation>
    </message>
    <message>
        <source>Min. monthly revenue</source>
        <translation>Receita mensal mín.</translation>
    </message>
    <message>
        <source>Max. monthly revenue</source>
        <translation>Receita mensal máx.</translation>
    </message>
    <message>
        <source>Agent may grant up to</source>
        <translation>O atendente pode conceder até</translation>
    </message>
    <message>
        <source>Executive may grant up to</source>
        <translation>O executivo pode conceder até</translation>
    </message>
    <message>
        <source>Supervisor may grant up to</source>
        <translation>O supervisor pode conceder até</translation>
    </message>
    <message>
        <source>At most per customer</source>
        <translation>No máximo por cliente</translation>
    </message>
    <message>
        <source>Period of days</source>
        <translation>Período em dias</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Reordenado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Aposentado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Merged into another reason</source>
        <translation>Fundido em outro motivo</translation>
    </message>
    <message>
        <source>Another reason merged into this one</source>
        <translation>Outro motivo foi fundido neste</translation>
    </message>
    <message>
        <source>Changed by a catalogue import</source>
        <translation>Alterado por uma importação do catálogo</translation>
    </message>
    <message>
        <source>{source} → {target}: {calls} call reasons, {customers} customers moved</source>
        <translation>{source} → {target}: {calls} motivos de ligação e {customers} clientes movidos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Brinde</translation>
    </message>
    <message>
        <source>Service upgrade</source>
        <translation>Melhoria de serviço</translation>
    </message>
    <message>
        <source>Fee waiver</source>
        <translation>Isenção de taxa</translation>
    </message>
    <message>
        <source>&amp;Value (money)</source>
        <translation>&amp;Valor (dinheiro)</translation>
    </message>
    <message>
        <source>Cos&amp;t to the company</source>
        <translation>Cus&amp;to para a empresa</translation>
    </message>
    <message>
        <source>Mi&amp;n. monthly revenue</source>
        <translation>Receita mensal mí&amp;n.</translation>
    </message>
    <message>
        <source>Ma&amp;x. monthly revenue</source>
        <translation>Receita mensal má&amp;x.</translation>
    </message>
    <message>
        <source>A&amp;gent may grant up to</source>
        <translation>O a&amp;tendente pode conceder até</translation>
    </message>
    <message>
        <source>E&amp;xecutive may grant up to</source>
        <translation>E&amp;xecutivo pode conceder até</translation>
    </message>
    <message>
        <source>S&amp;upervisor may grant up to</source>
        <translation>S&amp;upervisor pode conceder até</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>M&amp;oeda</translation>
    </message>
    <message>
        <source>Value (% of monthl&amp;y revenue)</source>
        <translation>Valor (% da receita mensa&amp;l)</translation>
    </message>
    <message>
        <source>Durat&amp;ion (months)</source>
        <translation>Duraç&amp;ão (meses)</translation>
    </message>
    <message>
        <source>Eligible se&amp;gments (comma-separated, empty: all)</source>
        <translation>Se&amp;gmentos elegíveis (separados por vírgula, vazio: todos)</translation>
    </message>
    <message>
        <source>Eligible reason categor&amp;ies (codes, empty: all)</source>
        <translation>Categor&amp;ias de motivo elegíveis (códigos, vazio: todas)</translation>
    </message>
    <message>
        <source>At &amp;most per customer (0: no cap)</source>
        <translation>No &amp;máximo por cliente (0: sem limite)</translation>
    </message>
    <message>
        <source>… in a &amp;period of days</source>
        <translation>… num &amp;período de dias</translation>
    </message>
    <message>
        <source>Acti&amp;ve (offered in calls)</source>
        <translation>Ati&amp;va (oferecida nas ligações)</translation>
    </message>
    <message>
        <source>Every amount of the offer is in this currency; it is offered only to customers billed in it</source>
        <translation>Todos os valores da oferta estão nesta moeda; ela só é oferecida a clientes cobrados nessa moeda</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Empty: no limit</source>
        <translation>Vazio: sem limite</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Limit per customer</source>
        <translation>Limite por cliente</translation>
    </message>
    <message>
        <source>%1 in %2 days</source>
        <translation>%1 a cada %2 dias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>aposentado</translation>
    </message>
    <message>
        <source>Phrase to avoid</source>
        <translation>Frase a evitar</translation>
    </message>
    <message>
        <source>Hint shown instead</source>
        <translation>Dica mostrada no lugar</translation>
    </message>
    <message>
        <source>Reason as imported</source>
        <translation>Motivo como importado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Handful</source>
        <translation>Punhado</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>must be a number such as 12,50</source>
        <translation>deve ser um número como 12,50</translation>
    </message>
    <message>
        <source>at least one label is required</source>
        <translation>é preciso pelo menos um rótulo</translation>
    </message>
    <message>
        <source>a label is at most 200 characters</source>
        <translation>um rótulo tem no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>a code is 1 to 60 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>um código tem de 1 a 60 letras, dígitos, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, começando por letra ou dígito</translation>
    </message>
    <message>
        <source>this code is already used (codes are never reused, even after retiring)</source>
        <translation>este código já foi usado (códigos nunca são reutilizados, mesmo depois de aposentados)</translation>
    </message>
    <message>
        <source>another active reason in this category already has this label</source>
        <translation>outro motivo ativo desta categoria já tem este rótulo</translation>
    </message>
    <message>
        <source>the category does not exist</source>
        <translation>a categoria não existe</translation>
    </message>
    <message>
        <source>the reason does not exist</source>
        <translation>o motivo não existe</translation>
    </message>
    <message>
        <source>the reason is retired</source>
        <translation>o motivo está aposentado</translation>
    </message>
    <message>
        <source>a team name is at most 200 characters</source>
        <translation>o nome da equipe tem no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>a reason cannot be merged into itself</source>
        <translation>um motivo não pode ser fundido em si mesmo</translation>
    </message>
    <message>
        <source>the target reason is retired; pick an active reason</source>
        <translation>o motivo de destino está aposentado; escolha um motivo ativo</translation>
    </message>
    <message>
        <source>the kind must be one of: discount, credit, gift, upgrade, fee_waiver</source>
        <translation>o tipo deve ser um de: discount, credit, gift, upgrade, fee_waiver</translation>
    </message>
    <message>
        <source>another offer already uses this code</source>
        <translation>outra oferta já usa este código</translation>
    </message>
    <message>
        <source>must be a whole number, zero or more</source>
        <translation>deve ser um número inteiro, zero ou mais</translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation>deve ser um número inteiro, 1 ou mais</translation>
    </message>
    <message>
        <source>give a value in money or a percentage, not both</source>
        <translation>informe um valor em dinheiro ou uma porcentagem, não ambos</translation>
    </message>
    <message>
        <source>a percentage is between 0 and 100%</source>
        <translation>uma porcentagem fica entre 0 e 100%</translation>
    </message>
    <message>
        <source>the minimum revenue is above the maximum revenue</source>
        <translation>a receita mínima está acima da receita máxima</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation>deve ser uma lista de textos não vazios</translation>
    </message>
    <message>
        <source>the offer does not exist</source>
        <translation>a oferta não existe</translation>
    </message>
    <message>
        <source>no reason category has this code</source>
        <translation>nenhuma categoria de motivo tem este código</translation>
    </message>
    <message>
        <source>the currency must be a three-letter ISO 4217 code, such as BRL or EUR</source>
        <translation>a moeda deve ser um código ISO 4217 de três letras, como BRL ou EUR</translation>
    </message>
    <message>
        <source>unknown placeholder; use one of the listed placeholders</source>
        <translation>marcador desconhecido; use um dos marcadores listados</translation>
    </message>
    <message>
        <source>unknown call step</source>
        <translation>etapa de ligação desconhecida</translation>
    </message>
    <message>
        <source>the language must be pt_BR, pt_PT or en</source>
        <translation>o idioma deve ser pt_BR, pt_PT ou en</translation>
    </message>
    <message>
        <source>a phrase is required</source>
        <translation>a frase é obrigatória</translation>
    </message>
    <message>
        <source>a phrase is at most 300 characters</source>
        <translation>uma frase tem no máximo 300 caracteres</translation>
    </message>
    <message>
        <source>this phrase is already in the list</source>
        <translation>esta frase já está na lista</translation>
    </message>
    <message>
        <source>the phrase does not exist</source>
        <translation>a frase não existe</translation>
    </message>
    <message>
        <source>a checklist item cannot be empty</source>
        <translation>um item da lista de verificação não pode ficar vazio</translation>
    </message>
    <message>
        <source>{reason} is the reason&apos;s name, not a sentence: write &apos;Main reason: {reason}&apos;, not &apos;because {reason}&apos;</source>
        <translation>{reason} é o nome do motivo, não uma frase: escreva &apos;Motivo principal: {reason}&apos;, não &apos;porque {reason}&apos;</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>o nome é obrigatório</translation>
    </message>
    <message>
        <source>the handful is 1 to 10 customers</source>
        <translation>o punhado é de 1 a 10 clientes</translation>
    </message>
    <message>
        <source>another user already has this login</source>
        <translation>outro usuário já tem este login</translation>
    </message>
    <message>
        <source>this is the last active supervisor; make someone else a supervisor first</source>
        <translation>este é o último supervisor ativo; torne outra pessoa supervisor antes</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>o usuário não existe</translation>
    </message>
</context>
</TS>
